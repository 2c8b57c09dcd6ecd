import { mountForgeApp } from '../../shared/forge-root';
import { AdminApp } from './admin-app';
import './admin.css';

mountForgeApp((env) => <AdminApp env={env} />);
