import { render } from 'preact';
import { loadKnowledge } from '../../platform/knowledge';
import '../../components/styles.css';
import './popup.css';
import { App } from './App';

// The page shows names and descriptions from the knowledge base: it renders once the one shipped copy is read.
void loadKnowledge().then(() => render(<App />, document.getElementById('app')!));
