import { render } from 'preact';
import { loadKnowledge } from '../../platform/knowledge';
import '../../components/styles.css';
import '../../lib/highlight/highlights.css';
import './corpus.css';
import { CorpusPage } from './CorpusPage';

// The page shows names and descriptions from the knowledge base: it renders once the one shipped copy is read.
void loadKnowledge().then(() => render(<CorpusPage />, document.getElementById('app')!));
