import { mountForgeApp } from '../../shared/forge-root';
import { PanelApp } from './panel-app';

mountForgeApp((env) => <PanelApp env={env} />);
