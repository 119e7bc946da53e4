import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { z } from 'zod';
import { ConsoleApp, createConsole } from './app/console.tsx';
import './styles/global.css';

// The BFF's CSP has no 'unsafe-eval': zod would probe `new Function` (a reported
// violation) before falling back; say up front that it must not compile parsers.
z.config({ jitless: true });

const app = createConsole((routes) => createBrowserRouter(routes));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ConsoleApp {...app} />
  </StrictMode>,
);
