/** The extension's own pages follow the system's light or dark theme: the root's `data-theme`, kept in step. */
export function followSystemTheme(root: HTMLElement, win: Window): void {
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = dark.matches ? 'dark' : 'light';
  };
  apply();
  dark.addEventListener('change', apply);
}
