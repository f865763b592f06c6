import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'dkfds/dist/css/dkfds.min.css';
import './app/app.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
