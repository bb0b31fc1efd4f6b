/**
 * `memo` for props-only components: the component re-renders only when a
 * prop changed (shallow comparison). The same contract as `memo` from
 * `preact/compat`, without importing compat, which would add about 2 kB
 * gzipped and patch Preact's global options for the whole bundle.
 */
import { Component, type ComponentType, type FunctionComponent } from 'preact';

function shallowDiffers(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!(key in y)) return true;
  for (const key in y) if (x[key] !== y[key]) return true;
  return false;
}

export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${render.displayName ?? render.name})`;
    override shouldComponentUpdate(next: P): boolean {
      return shallowDiffers(this.props, next);
    }
    override render(props: P) {
      return render(props);
    }
  }
  return Memo;
}
