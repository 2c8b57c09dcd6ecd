/** A failed call, said in the user's language (the server's message when it sent one). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorText } from '../../../shared/api/error-text';
import { ApiError } from '../../../shared/api/client';
import { useI18n } from '../../../shared/i18n/i18n-context';

export function ErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { tr, locale } = useI18n();
  const code = error instanceof ApiError ? error.code : 'unexpected';
  return (
    <MessageBar intent="error" role="alert" data-error-code={code}>
      <MessageBarBody>
        <MessageBarTitle>{tr('tabs.error.title')}</MessageBarTitle>
        {errorText(error, locale)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{tr('tabs.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
