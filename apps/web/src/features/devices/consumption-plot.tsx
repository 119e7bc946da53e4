import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ConsumptionDay } from './consumption-days.ts';

const HEIGHT = 240;

/**
 * Uplink and downlink frames per day, drawn by uPlot (a canvas, about 20 KB gzipped):
 * its own chunk, loaded only on the device page. The figures are also in the table
 * beside it, which is what assistive technology reads.
 */
export default function ConsumptionPlot({ days }: { days: readonly ConsumptionDay[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const data: uPlot.AlignedData = [
      days.map((d) => d.date.getTime() / 1000),
      days.map((d) => d.uplink),
      days.map((d) => d.downlink),
    ];
    const plot = new uPlot(
      {
        width: element.clientWidth || 800,
        height: HEIGHT,
        scales: { x: { time: true } },
        series: [
          {},
          { label: 'Uplink frames', stroke: '#1d4ed8', width: 1.5 },
          { label: 'Downlink frames', stroke: '#b45309', width: 1.5 },
        ],
        axes: [{}, { label: 'Frames per day' }],
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days]);
  return <div ref={box} className="consumption-plot" aria-hidden="true" />;
}
