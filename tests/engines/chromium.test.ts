import { engineScenarios } from './scenarios';

engineScenarios('chromium');
