/**
 * Scrollytelling for story pages. Marks `[data-scrolly]` as enhanced and, on wide screens, moves each step's
 * pre-rendered map out of the text into the story's sticky `.scrolly-stage` (back into its step when the window
 * narrows or is short, so phones keep inline maps). Shows the map of the step crossing the middle of the viewport; none shows
 * once the story has scrolled past. No d3 here: the maps are already in the HTML. Transitions are CSS, and instant
 * under prefers-reduced-motion.
 */
// Must match the media query of the stage in StoryBody.astro.
const wide = window.matchMedia('(min-width: 960px) and (min-height: 640px)');

for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  const stage = root.querySelector<HTMLElement>('.scrolly-stage');
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const maps = steps.map((step) => step.querySelector<HTMLElement>('.step-map'));
  const place = (): void => {
    steps.forEach((step, i) => {
      const map = maps[i];
      if (map === null || map === undefined) return;
      if (wide.matches && stage !== null) stage.append(map);
      else step.prepend(map);
    });
  };
  const show = (active: HTMLElement | undefined): void => {
    steps.forEach((step, i) => {
      maps[i]?.toggleAttribute('data-active', step === active);
    });
  };
  // A thin band across the middle of the viewport: the step crossing it owns the map.
  const band = { rootMargin: '-45% 0px -50% 0px' };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.target === root && !entry.isIntersecting) show(undefined);
      else if (entry.target !== root && entry.isIntersecting) show(entry.target as HTMLElement);
    }
  }, band);
  observer.observe(root);
  for (const step of steps) observer.observe(step);
  place();
  wide.addEventListener('change', place);
  show(steps[0]);
  root.dataset.scrolly = 'on';
}
