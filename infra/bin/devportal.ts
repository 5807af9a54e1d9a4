import { createDevportalApp } from '../src/devportal-app.js';

createDevportalApp();
