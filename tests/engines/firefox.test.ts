import { engineScenarios } from './scenarios';

engineScenarios('firefox');
