import '@xyflow/react/dist/style.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { printWhenReady } from './api/browser-print';
import { getJourneyApi } from './api/journey-api';
import { PrintView } from './print/PrintView';

/** The page to show: `#/print` is the print view (the PDF export renders it), anything else the editor. */
function routeOf(hash: string): 'print' | 'editor' {
  return hash.startsWith('#/print') ? 'print' : 'editor';
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

if (routeOf(window.location.hash) === 'print') {
  // A print tab the browser build's Export PDF opened: print it with the browser's own dialog.
  if (!window.journeyApi && window.opener) printWhenReady(window);
  createRoot(container).render(
    <StrictMode>
      <PrintView />
    </StrictMode>,
  );
} else {
  createRoot(container).render(
    <StrictMode>
      <App api={getJourneyApi()} />
    </StrictMode>,
  );
}
