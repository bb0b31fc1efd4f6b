/**
 * Claimline's panel: the talk's claims beside (or over) the video, synced to
 * playback. Props only (see `panel-props.ts`); the one piece of own state is
 * which concept a claim's tag asked to show.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimId, ConceptKey, RefKey } from '../core/ids';
import type { Claim } from '../core/model';
import type { CitedPaper } from '../core/talk-bundle';
import { claimsInTimeOrder } from '../core/timeline';
import { ClaimList } from './ClaimList';
import { ConceptsView } from './ConceptsView';
import type { PanelProps, PanelView } from './panel-props';
import { PanelHead } from './PanelHead';
import { PanelTabs } from './PanelTabs';
import { ReferencesView } from './ReferencesView';

/**
 * YouTube listens on `document` for its shortcuts (k, j, l, f, m, arrows,
 * digits): no key pressed inside the panel may reach it. Default actions are
 * left alone, so Tab still moves focus.
 */
const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

export function Panel(props: PanelProps) {
  const { title, claims, activeId, beyond, notice, papers, concepts, view, collapsed, layout, theme } = props;
  const id = useId();
  // Handlers given to memoised items must keep their identity; the controller's may not.
  const latest = useRef(props);
  latest.current = props;

  const byId = useMemo(() => new Map<ClaimId, Claim>(claims.map((claim) => [claim.id, claim])), [claims]);
  const timeRank = useMemo(() => new Map(claimsInTimeOrder(claims).map((claim, i) => [claim.id, i + 1])), [claims]);
  const paperByKey = useMemo(() => new Map<RefKey, CitedPaper>(papers.map((paper) => [paper.key, paper])), [papers]);
  const [selectedConcept, setSelectedConcept] = useState<ConceptKey | null>(null);

  const active = activeId === null ? null : (byId.get(activeId) ?? null);
  const onSeek = useCallback((claimId: ClaimId) => latest.current.onSeek(claimId), []);
  const onConcept = useCallback((key: ConceptKey) => {
    setSelectedConcept(key);
    latest.current.onViewChange('concepts');
  }, []);
  const onTab = (next: PanelView) => {
    setSelectedConcept(null);
    props.onViewChange(next);
  };

  const bodyId = `${id}-body`;
  const viewId = `${id}-view`;
  return (
    <section
      class="claimline"
      data-layout={layout}
      data-theme={theme}
      aria-label="Claimline: claims of this talk"
      onKeyDown={keepKeys}
      onKeyUp={keepKeys}
      onKeyPress={keepKeys}
    >
      <PanelHead
        title={title}
        active={active}
        reached={active ? (timeRank.get(active.id) ?? 0) : 0}
        total={claims.length}
        collapsed={collapsed}
        bodyId={bodyId}
        onCollapsedChange={props.onCollapsedChange}
      />
      {!collapsed && (
        <div class="cl-main" id={bodyId}>
          {notice !== null && notice !== '' && <p class="cl-notice">{notice}</p>}
          <PanelTabs
            view={view}
            papers={papers.length}
            concepts={concepts.length}
            idPrefix={`${id}-tab`}
            panelId={viewId}
            onViewChange={onTab}
          />
          <div class="cl-view" role="tabpanel" id={viewId} aria-labelledby={`${id}-tab-${view}`}>
            {view === 'sections' || view === 'time' ? (
              <ClaimList
                arrangement={view}
                claims={claims}
                active={active}
                beyond={beyond}
                papers={paperByKey}
                onSeek={onSeek}
                onConcept={onConcept}
              />
            ) : view === 'references' ? (
              <ReferencesView papers={papers} claims={byId} beyond={beyond} onSeek={onSeek} />
            ) : (
              <ConceptsView
                concepts={concepts}
                claims={byId}
                beyond={beyond}
                selected={selectedConcept}
                onSeek={onSeek}
                onOpenTalk={props.onOpenTalk}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
