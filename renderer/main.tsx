import '@xyflow/react/dist/style.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from './print/print-ready';

/** The page to show: `#/print` is the print view (the PDF export renders it), anything else the editor. */
function routeOf(hash: string): 'print' | 'editor' {
  return hash.startsWith('#/print') ? 'print' : 'editor';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// Each route loads only its own code: the print view never loads the editor or React Flow, and the
// editor does not load the print view (same-origin chunks, so the CSP's script-src 'self' admits them).
if (routeOf(window.location.hash) === 'print') {
  import('./print/print-route')
    .then(({ startPrintRoute }) => startPrintRoute(container, window))
    .catch((error: unknown) => {
      // Whoever waits for the pages (printToPDF, the print tab) gets an answer instead of a timeout.
      const html = document.documentElement;
      html.dataset[PRINT_ERROR_ATTRIBUTE] = `The print view could not load: ${reasonOf(error)}`;
      html.dataset[PRINT_READY_ATTRIBUTE] = 'error';
      container.textContent = 'The print view could not load.';
    });
} else {
  Promise.all([import('./App'), import('./api/journey-api')])
    .then(([{ App }, { getJourneyApi }]) => {
      createRoot(container).render(
        <StrictMode>
          <App api={getJourneyApi()} />
        </StrictMode>,
      );
    })
    .catch((error: unknown) => {
      container.textContent = `The editor could not load: ${reasonOf(error)}`;
    });
}
