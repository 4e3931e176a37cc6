import { render } from 'preact';
import '../../components/styles.css';
import '../../lib/highlight/highlights.css';
import './corpus.css';
import { CorpusPage } from './CorpusPage';

render(<CorpusPage />, document.getElementById('app')!);
