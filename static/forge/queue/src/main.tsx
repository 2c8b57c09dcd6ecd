import { mountForgeApp } from '../../shared/forge-root';
import { QueueApp } from './queue-app';

mountForgeApp((env) => <QueueApp env={env} />);
