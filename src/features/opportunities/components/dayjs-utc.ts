import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/es-mx';

// The pickers run in UTC (timezone="UTC"), which needs only the utc plugin; local times are shown with Intl instead.
dayjs.extend(utc);

export { dayjs };
