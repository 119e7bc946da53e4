// First: config.ts sets zod's global options before any schema is built.
import './config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { ConsoleApp, createConsole } from './app/console.tsx';
import './styles/global.css';

const app = createConsole((routes) => createBrowserRouter(routes));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ConsoleApp {...app} />
  </StrictMode>,
);
