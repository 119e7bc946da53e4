import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { toastQueue } from './toast-queue.ts';
import './toasts.css';

/** The live region where toasts appear; rendered once by the app shell. */
export function Toasts() {
  return (
    <ToastRegion queue={toastQueue} className="toasts">
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast--${toast.content.tone}`}>
          <ToastContent>
            <Text slot="title">{toast.content.title}</Text>
            {toast.content.description && <Text slot="description">{toast.content.description}</Text>}
          </ToastContent>
          <Button slot="close" aria-label="Dismiss" className="toast__close">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
