// Loaded first, as a classic script in <head>: records every long task and every layout shift
// not caused by input, from the start of the page, in window.benchSeen.
window.benchSeen = { longtasks: [], shifts: [] };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchSeen.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {
  window.benchSeen.error = String(error);
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchSeen.shifts.push({ start: entry.startTime, value: entry.value });
}).observe({ type: 'layout-shift', buffered: true });
