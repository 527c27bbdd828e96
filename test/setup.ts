import { loadCatalog } from '../src/checklist/catalog.js';

// Tests render checklists in both languages; the CLI loads the Korean catalog only when asked for Korean.
await loadCatalog('ko');
