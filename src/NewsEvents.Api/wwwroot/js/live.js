// Live updates: GET /api/events/stream with the current filters, reopened whenever they change.
import { streamUrl } from './api.js';

export function createLive(statusText, onItem) {
  let source = null;
  const setStatus = (text, state) => {
    statusText.textContent = text;
    statusText.parentElement.dataset.state = state;
  };
  return {
    connect(filters) {
      source?.close();
      source = new EventSource(streamUrl(filters));
      setStatus('Connecting…', 'connecting');
      source.onopen = () => setStatus('Live: new events appear as they are stored', 'open');
      // EventSource reconnects by itself; say so rather than stay silent.
      source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'Live updates stopped' : 'Reconnecting…', 'error');
      for (const change of ['created', 'updated'])
        source.addEventListener(change, message => onItem(JSON.parse(message.data)));
    },
  };
}
