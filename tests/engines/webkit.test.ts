import { engineScenarios } from './scenarios';

engineScenarios('webkit');
