"""Render `nbs/index.ipynb` to `README.md` without Quarto (which `nbdev_readme` needs and these machines lack).

Markdown cells are copied as they are (image paths made relative to the repository root); code cells become fenced Python blocks with their `#|` directives
removed and their text outputs shown below them. Cells marked `#| hide`, `#| include: false` or
`#| echo: false` are left out, as nbdev's docs leave them out. Run: `python .ci/make_readme.py`."""
import json, re
from pathlib import Path

root = Path(__file__).resolve().parent.parent
HIDE = re.compile(r'^#\|\s*(hide\b|include:\s*false|echo:\s*false)', re.M)

def directives_stripped(src): return '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()

def text_outputs(cell):
    out = []
    for o in cell.get('outputs', []):
        if o.get('output_type') == 'stream': out.append(''.join(o['text']))
        elif 'text/markdown' in o.get('data', {}): out.append(('md', ''.join(o['data']['text/markdown'])))
        elif 'text/plain' in o.get('data', {}): out.append(''.join(o['data']['text/plain']))
    return out

def render(nb):
    parts = ['<!-- Generated from nbs/index.ipynb by .ci/make_readme.py: edit the notebook, not this file. -->']
    for cell in nb['cells']:
        src = ''.join(cell['source'])
        if cell['cell_type'] == 'markdown': parts.append(src.strip().replace('](images/', '](nbs/images/')); continue
        if cell['cell_type'] != 'code' or HIDE.search(src): continue
        code = directives_stripped(src)
        if code: parts.append(f'```python\n{code}\n```')
        for o in text_outputs(cell):
            parts.append(o[1].strip() if isinstance(o, tuple) else f'```\n{o.rstrip()}\n```')
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    nb = json.loads((root/'nbs'/'index.ipynb').read_text(encoding='utf-8'))
    (root/'README.md').write_text(render(nb), encoding='utf-8')
