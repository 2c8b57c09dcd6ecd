import { mountForgeApp } from '../../shared/forge-root';
import { AdminApp } from './admin-app';

mountForgeApp((env) => <AdminApp env={env} />);
