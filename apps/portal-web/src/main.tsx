import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { cognitoIdentityProvider } from './auth/cognito-identity-provider.js';
import { devIdentityProvider } from './auth/dev-identity-provider.js';
import { loadRuntimeConfig } from './config/runtime-config.js';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

loadRuntimeConfig().then(
  (config) => {
    const identity =
      config.identity.kind === 'dev'
        ? devIdentityProvider(config.identity)
        : cognitoIdentityProvider(config.identity);
    root.render(
      <StrictMode>
        <App config={config} identity={identity} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    // Before the configuration there is no language choice yet: both are said.
    root.render(
      <main className="auth-page" role="alert">
        <p>Сайт не настроен / The site is not configured: {String(error)}</p>
      </main>,
    );
  },
);
