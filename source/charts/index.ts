// Charts: plain functions from data to lines of text. Views only choose the data and paint the lines.
export {createCanvas, type Canvas} from './canvas.js';
export {progressChart, type ProgressChartInput, type ProgressPoint} from './progress-chart.js';
export {stepChart, type StepChartInput, type StepPoint} from './step-chart.js';
export {timelineBars, timelineOrder, columnOf, type Outcome, type TimelineBar, type TimelineInput} from './timeline.js';
export {timeAxis, clockLocal, clockUtc, processZone, type TimeZone} from './time-axis.js';
