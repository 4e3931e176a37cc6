import { render } from 'preact';
import '../../components/styles.css';
import { OptionsPage } from './OptionsPage';

document.body.style.padding = '1.5rem';
render(<OptionsPage />, document.getElementById('app')!);
