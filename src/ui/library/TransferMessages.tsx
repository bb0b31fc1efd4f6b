/**
 * What import and export did: a line each, and for failures every problem
 * with where it is (`notes.jsonld: item 3: …`, `talk.md:4:1: …`), in
 * monospace so positions line up. Failures are alerts.
 */
import type { TransferMessage } from './library-props';

export interface TransferMessagesProps {
  messages: readonly TransferMessage[];
}

export function TransferMessages({ messages }: TransferMessagesProps) {
  if (messages.length === 0) return null;
  return (
    <ul class="lib-messages" aria-label="Import and export results">
      {messages.map((message, i) => (
        // Messages have no id; the same text may come twice (the same file imported again).
        <li key={i} class="lib-message" data-kind={message.kind} role={message.kind === 'error' ? 'alert' : undefined}>
          <p class="lib-message-text">{message.text}</p>
          {message.details.length > 0 && (
            <ul class="lib-details">
              {message.details.map((line, j) => (
                <li key={j}>{line}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
