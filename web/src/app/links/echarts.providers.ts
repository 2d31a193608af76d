import type { Provider } from '@angular/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { provideEchartsCore } from 'ngx-echarts';

/** Only the ECharts parts the links pages draw (map, line, bar), so the lazy chunk stays small. */
export function provideLinksCharts(): Provider {
  echarts.use([
    BarChart,
    CanvasRenderer,
    GridComponent,
    LegendComponent,
    LineChart,
    MapChart,
    MarkLineComponent,
    TooltipComponent,
    VisualMapComponent,
  ]);
  return provideEchartsCore({ echarts });
}
