import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  /** What confirming does, in words the user can act on. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  isDisabled?: boolean;
}

/** A confirmation before an action that cannot be undone: focus trapped, Escape cancels. */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  onConfirm,
  danger,
  isDisabled,
}: ConfirmDialogProps) {
  return (
    <DialogTrigger>
      <Button className={`button ${danger ? 'button--danger' : 'button--secondary'}`} isDisabled={isDisabled}>
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <div className="dialog__body">{children}</div>
                <div className="form__actions">
                  <Button className="button button--secondary" onPress={close} autoFocus>
                    Cancel
                  </Button>
                  <Button
                    className={`button ${danger ? 'button--danger' : ''}`}
                    onPress={() => {
                      onConfirm();
                      close();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
