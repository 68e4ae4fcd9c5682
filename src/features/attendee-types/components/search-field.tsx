import { useEffect, useState, type Ref } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useI18n } from '../../../i18n/i18n-context';

interface SearchFieldProps {
  /** The search in the URL. */
  value: string;
  /** `replace` after the first change of a typing session, so one search is one history entry. */
  onCommit: (q: string, options: { replace: boolean }) => void;
  inputRef: Ref<HTMLInputElement>;
  helperText: string;
}

const DEBOUNCE_MS = 300;

/** Quick search: typed text reaches the URL after a short pause; Back/Forward or Reset view replace the text. */
export function SearchField({ value, onCommit, inputRef, helperText }: SearchFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  const [lastCommit, setLastCommit] = useState<string | null>(null);
  const [typingSession, setTypingSession] = useState(false);

  if (value !== seenValue) {
    setSeenValue(value);
    // The URL changed: from our own commit (keep what is typed since) or from elsewhere (show it).
    if (value !== lastCommit) setText(value);
  }

  const commit = (next: string) => {
    setLastCommit(next);
    onCommit(next, { replace: typingSession });
    setTypingSession(true);
  };

  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = setTimeout(() => commit(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });

  return (
    <TextField
      type="search"
      label={t('attendeeTypes.search.label')}
      value={text}
      inputRef={inputRef}
      onChange={(event) => setText(event.target.value)}
      onFocus={() => setTypingSession(false)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && text.trim() !== value) commit(text.trim());
      }}
      helperText={helperText}
      size="small"
      sx={{ minWidth: { xs: '100%', sm: 320 }, flex: { sm: '0 1 420px' } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon aria-hidden="true" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
