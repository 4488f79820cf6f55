import { useEffect, useState } from 'react';
import { frameFit } from './fit-scale';

function measure() {
  return frameFit({ width: window.innerWidth, height: window.innerHeight });
}

/** The presentation frame's zoom and design size for the current window, kept up to date as it resizes. */
export function useFrameFit(): ReturnType<typeof frameFit> {
  const [fit, setFit] = useState(measure);
  useEffect(() => {
    const update = () => setFit(measure());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return fit;
}
