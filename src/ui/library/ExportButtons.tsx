/** A row of export buttons under a visible name, one per format; each says what its file holds in its title. */
import { useId } from 'preact/hooks';
import type { ExportFormat } from './library-props';
import { EXPORT_FORMATS } from './export-formats';

export interface ExportButtonsProps {
  /** The group's visible name ("Export this talk"). */
  label: string;
  /** The buttons' `data-action`. */
  action: string;
  disabled?: boolean;
  onExport(format: ExportFormat): void;
}

export function ExportButtons({ label, action, disabled = false, onExport }: ExportButtonsProps) {
  const id = useId();
  return (
    <div class="lib-exports" role="group" aria-labelledby={id}>
      <span class="lib-exports-label" id={id}>
        {label}
      </span>
      {EXPORT_FORMATS.map(({ format, label: name, holds }) => (
        <button
          type="button"
          class="cl-button"
          key={format}
          data-action={action}
          data-format={format}
          title={holds}
          disabled={disabled}
          onClick={() => onExport(format)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
