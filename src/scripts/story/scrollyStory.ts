/**
 * Scrollytelling for story pages. Marks `[data-scrolly]` as enhanced — on wide screens CSS then lifts each step's
 * pre-rendered map out of the text into a fixed column — and shows the map of the step crossing the middle of the
 * viewport; none shows once the story has scrolled past. No d3 here: the maps are already in the HTML.
 * Transitions are CSS, and instant under prefers-reduced-motion.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const show = (active: HTMLElement | undefined): void => {
    for (const step of steps) step.querySelector('.step-map')?.toggleAttribute('data-active', step === active);
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
  show(steps[0]);
  root.dataset.scrolly = 'on';
}
