/**
 * The sentence to show for a failed call: the server's own localized message when it sent one,
 * else a catalogue message for transport failures.
 */
import { t, type Locale } from '../../../src/core/index';
import { ApiError } from './client';

/**
 * @example
 * errorText(new ApiError('network', 'Failed to fetch', 0), 'es'); // 'No hay conexión con el servidor de Ventanilla.'
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t(locale, 'tabs.error.network');
    if (error.code === 'unexpected_response') return t(locale, 'tabs.error.unexpectedResponse');
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
