import { createContext, type ReactNode, useContext } from 'react';
import type { RuntimeConfig } from './runtime-config.js';

const ConfigContext = createContext<RuntimeConfig | undefined>(undefined);

export function ConfigProvider(props: { config: RuntimeConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={props.config}>{props.children}</ConfigContext.Provider>;
}

export function useConfig(): RuntimeConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig outside ConfigProvider');
  return config;
}
