# Generator of the bad-input corpus: copies valid/base and breaks one thing per case (run: python3 make-corpus.py).
# expected.txt lines are written by hand here (what the validator SHOULD say), never captured from its output.
# Cases that add a chart-series resource have their datapackage.json written by `scpkit describe`, so
# build the CLI first (npm run build); the other cases edit the descriptor here.
import json, os, shutil, hashlib, subprocess
root = os.path.dirname(os.path.abspath(__file__))
base = f'{root}/valid/base'
cli = os.path.normpath(f'{root}/../../../../cli/dist/cli.js')
COLS_ACR = 'acronym,expansion,section,quote'
COLS_FIG = 'id,topic,measure,area,period,value,unit,qualifier,section,quote'
MV = '("", "[x]", "[z]", "[c]")'

def case(kind, name, expected=None, edit=None):
    d = f'{root}/{kind}/{name}'
    if os.path.exists(d): shutil.rmtree(d)
    shutil.copytree(base, d)
    if edit: edit(d)
    if expected is not None:
        open(f'{d}/expected.txt', 'w').write('\n'.join(expected) + '\n')

def read(d, f): return open(f'{d}/{f}', encoding='utf-8', newline='').read()
def write(d, f, t): open(f'{d}/{f}', 'w', encoding='utf-8', newline='').write(t)
def sub(f, old, new, count=1):
    def edit(d):
        t = read(d, f)
        assert t.count(old) >= 1, (f, old)
        write(d, f, t.replace(old, new, count))
    return edit
def both(*edits):
    def edit(d):
        for e in edits: e(d)
    return edit
def descriptor_edit(fn):
    def edit(d):
        p = json.loads(read(d, 'datapackage.json'))
        fn(p)
        write(d, 'datapackage.json', json.dumps(p, indent=2, ensure_ascii=False) + '\n')
    return edit

I = 'invalid'
case(I, 'wrong-header', [
  f'acronyms.csv:1:sect: unexpected column "sect" (column 3); the schema\'s columns are {COLS_ACR}',
  f'acronyms.csv:1:section: missing column "section"; the schema\'s columns are {COLS_ACR}',
], sub('acronyms.csv', 'acronym,expansion,section,quote', 'acronym,expansion,sect,quote'))

def drop_qualifier(d):
    import csv, io
    rows = list(csv.reader(io.StringIO(read(d, 'figures.csv'))))
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows([r[:7] + r[8:] for r in rows])
    write(d, 'figures.csv', out.getvalue())
case(I, 'missing-column', [
  f'figures.csv:1:qualifier: missing column "qualifier"; the schema\'s columns are {COLS_FIG}',
], drop_qualifier)

def add_note(d):
    lines = read(d, 'acronyms.csv').split('\n')
    lines = [l + (',note' if i == 0 else ',') if l else l for i, l in enumerate(lines)]
    write(d, 'acronyms.csv', '\n'.join(lines))
case(I, 'extra-column', [
  f'acronyms.csv:1:note: unexpected column "note" (column 5); the schema\'s columns are {COLS_ACR}',
], add_note)

case(I, 'non-numeric-count', [
  'context-values.csv:2:value: "1,234" is not an integer (expected digits only, with an optional leading "-")',
], sub('context-values.csv', 'contacts,2030/31,1234,', 'contacts,2030/31,"1,234",'))

case(I, 'leading-zero', [
  'context-values.csv:3:value: "064" has a leading zero; write "64" if that is the value printed (a padded number is often a typing slip)',
  'figures.csv:2:value: "012" has a leading zero; write "12" if that is the value printed (a padded number is often a typing slip)',
], both(sub('figures.csv', 'training sessions held,,2030/31,12,count,', 'training sessions held,,2030/31,012,count,'),
        sub('context-values.csv', 'referrals,2030/31,64,', 'referrals,2030/31,064,')))

case(I, 'negative-count', [
  'context-values.csv:3:value: -64 is below the minimum 0',
], sub('context-values.csv', 'referrals,2030/31,64,', 'referrals,2030/31,-64,'))

case(I, 'share-over-100', [
  'figures.csv:5:value: 104 is above the maximum 100 for unit "percent"',
  "figures.csv:5:value: 104 is not printed in the row's quote (the quote prints 97); enter the value as the quote prints it, or quote the text that prints it",
], sub('figures.csv', '2030/31,97,percent,', '2030/31,104,percent,'))

case(I, 'duplicate-key', [
  'acronyms.csv:3:acronym: duplicate primary key acronym = "CSP" (first in row 2)',
], sub('acronyms.csv', 'DSL,Designated', 'CSP,Designated'))

case(I, 'missing-file', [
  'context-values.csv:-:-: file not found (named by datapackage.json resources[3].path)',
], lambda d: os.remove(f'{d}/context-values.csv'))

case(I, 'missing-source', [
  'source.txt:-:-: file not found (named by datapackage.json scpkit.source.path)',
], lambda d: os.remove(f'{d}/source.txt'))

case(I, 'empty-file', [
  'acronyms.csv:1:-: the file is empty (expected at least a header row)',
], lambda d: write(d, 'acronyms.csv', ''))

case(I, 'unknown-missing-value', [
  f'context-indicators.csv:2:group: "[y]" looks like a missing-value code but is not one of the declared codes {MV}',
  f'context-indicators.csv:3:stated_change_percent: "n/a" is not a number and not one of the declared missing-value codes {MV}',
  f'context-values.csv:2:value: "[y]" is not an integer and not one of the declared missing-value codes {MV}',
], both(sub('context-values.csv', 'contacts,2030/31,1234,', 'contacts,2030/31,[y],'),
        sub('context-indicators.csv', 'Referrals,down,-36,', 'Referrals,down,n/a,'),
        sub('context-indicators.csv', 'contacts,,Contacts,', 'contacts,[y],Contacts,')))

def add_note_field(p):
    p['resources'][0]['schema']['fields'].append({'name': 'note', 'type': 'string'})
case(I, 'descriptor-column-not-in-csv', [
  'datapackage.json:-:resources[0].schema.fields: differs from the scpkit standard schema of "acronyms" (standard: fields acronym, expansion, section, quote, found: fields acronym, expansion, section, quote, note); run scpkit describe to rewrite it',
  f'acronyms.csv:1:note: missing column "note"; the schema\'s columns are {COLS_ACR},note',
], descriptor_edit(add_note_field))

def unclose(d):
    lines = read(d, 'acronyms.csv').split('\n')
    assert lines[3].startswith('LADO,')
    lines[3] = 'LADO,"Local Authority Designated Officer,9.E,LADO'
    write(d, 'acronyms.csv', '\n'.join(lines))
case(I, 'unclosed-quote', [
  'acronyms.csv:4:-: a quoted cell starting on this line is never closed (the rest of the file was read into it)',
], unclose)

case(I, 'unbalanced-quote', [
  'acronyms.csv:4:-: unbalanced quotes: a closing quote is followed by other text (a quoted cell may be left open, or a quote inside one not written as "")',
], sub('acronyms.csv', 'LADO,"Local Authority Designated Officer, ""the LADO""",', 'LADO,"Local Authority Designated Officer,'))

case(I, 'bad-enum', [
  'context-indicators.csv:2:arrow: "sideways" is not one of "up", "down", "flat"',
], sub('context-indicators.csv', 'Contacts,up,', 'Contacts,sideways,'))

case(I, 'bad-yearmonth', [
  'board-members.csv:2:from: "2031-13" is not a year and month (expected YYYY-MM with month 01-12)',
  'board-members.csv:3:to: "Jul.30" is not a year and month (expected YYYY-MM with month 01-12)',
], both(sub('board-members.csv', '2031-02', '2031-13'), sub('board-members.csv', ',2030-07,', ',Jul.30,')))

case(I, 'quote-not-in-source', [
  'figures.csv:4:quote: quote does not occur verbatim in source.txt: its first 18 characters occur, then it differs at "50 practitioners"',
  "figures.csv:4:value: 200 is not printed in the row's quote (the quote prints 250); enter the value as the quote prints it, or quote the text that prints it",
], sub('figures.csv', 'attended by over 200 practitioners', 'attended by over 250 practitioners'))

def edit_source(d):
    write(d, 'source.txt', read(d, 'source.txt') + 'Edited after the descriptor was written.\n')
def sha_expected():
    old = hashlib.sha256(open(f'{base}/source.txt', 'rb').read()).hexdigest()
    new = hashlib.sha256(open(f'{base}/source.txt', 'rb').read() + b'Edited after the descriptor was written.\n').hexdigest()
    return [f'source.txt:-:-: SHA-256 is {new} but datapackage.json records {old} (the source text changed, or the descriptor is stale)']
case(I, 'sha256-mismatch', sha_expected(), edit_source)

case(I, 'broken-json', [
  "datapackage.json:4:-: not valid JSON: expected ',' or '}' after property value (line 4, column 3)",
], sub('datapackage.json', '"name": "example-2030-31",', '"name": "example-2030-31"'))

case(I, 'foreign-key-to-nothing', [
  'context-values.csv:3:indicator: indicator = "allegations" has no match in context-indicators.csv (indicator)',
], sub('context-values.csv', 'referrals,2030/31,64,', 'allegations,2030/31,64,'))

case(I, 'several-problems', [
  'figures.csv:2:id: "Training Sessions" does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$',
  'figures.csv:4:value: "2OO" is not a number (expected a decimal such as 12 or -3.5, without separators, spaces or exponents)',
  'figures.csv:5:unit: "percentage" is not one of "count", "percent", "percent-change", "GBP", "score", "ratio", "years", "months", "weeks", "FTE", "per-10000"',
  'figures.csv:6:qualifier: "about" is not one of "over", "just-over", "under", "approximately", "nearly", "average", "at-least"',
  'figures.csv:7:section: a value is required (the cell is empty)',
], both(sub('figures.csv', 'training-sessions,', 'Training Sessions,'),
        sub('figures.csv', '2030/31,200,count,over,', '2030/31,2OO,count,over,'),
        sub('figures.csv', '2030/31,97,percent,', '2030/31,97,percentage,'),
        sub('figures.csv', '2030/31,297,percent-change,,', '2030/31,297,percent-change,about,'),
        sub('figures.csv', '-36,percent-change,,2,', '-36,percent-change,,,')))

case(I, 'unquoted-comma', [
  'acronyms.csv:3:-: the record has 5 cells, the header has 4 (a comma inside a value must be quoted)',
], sub('acronyms.csv', 'DSL,Designated Safeguarding Lead,', 'DSL,Designated Safeguarding Lead, Schools,'))

case(I, 'undescribed-file', [
  'notes.csv:-:-: datapackage.json has no resource for this file (run scpkit describe to add it)',
], lambda d: write(d, 'notes.csv', 'note\nsomething\n'))

def loosen_minimum(p):
    p['resources'][3]['schema']['fields'][2]['constraints']['minimum'] = -1000
case(I, 'nonstandard-constraint', [
  'datapackage.json:-:resources[3].schema.fields[2].constraints.minimum: differs from the scpkit standard schema of "context-values" (standard: 0, found: -1000); run scpkit describe to rewrite it',
], descriptor_edit(loosen_minimum))

def bad_resource(p):
    r = p['resources'][0]
    r['format'] = 'tsv'
    del r['encoding']
case(I, 'invalid-descriptor', [
  'datapackage.json:-:resources[0].format: Invalid input: expected "csv"',
  'datapackage.json:-:resources[0].encoding: is missing (expected "utf-8")',
], descriptor_edit(bad_resource))

case(I, 'missing-required-value', [
  'acronyms.csv:3:expansion: a value is required (found the missing-value code "[x]")',
], sub('acronyms.csv', 'DSL,Designated Safeguarding Lead,', 'DSL,[x],'))

V = 'valid'
def bom(d):
    for f in os.listdir(d):
        if f.endswith('.csv'): write(d, f, '\ufeff' + read(d, f))
case(V, 'utf8-bom', None, bom)
def crlf(d):
    # Row ends become CRLF, as spreadsheet programs write them; the line break inside the quoted
    # multi-line cell stays LF (it is part of the value, which must match source.txt).
    import csv, io
    for f in os.listdir(d):
        if f.endswith('.csv'):
            rows = list(csv.reader(io.StringIO(read(d, f))))
            out = io.StringIO()
            csv.writer(out, lineterminator='\r\n').writerows(rows)
            write(d, f, out.getvalue())
case(V, 'crlf', None, crlf)
def all_quoted(d):
    import csv, io
    for f in os.listdir(d):
        if f.endswith('.csv'):
            rows = list(csv.reader(io.StringIO(read(d, f))))
            out = io.StringIO()
            csv.writer(out, lineterminator='\n', quoting=csv.QUOTE_ALL).writerows(rows)
            write(d, f, out.getvalue())
case(V, 'quoted-commas', None, all_quoted)
case(V, 'header-only', None, lambda d: write(d, 'acronyms.csv', COLS_ACR + '\n'))
def no_final_newline(d):
    for f in os.listdir(d):
        if f.endswith('.csv'): write(d, f, read(d, f).rstrip('\n'))
case(V, 'no-final-newline', None, no_final_newline)

def swap_first_columns(d):
    import csv, io
    rows = list(csv.reader(io.StringIO(read(d, 'acronyms.csv'))))
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows([[r[1], r[0], *r[2:]] for r in rows])
    write(d, 'acronyms.csv', out.getvalue())
case(I, 'column-order', [
  f'acronyms.csv:1:-: columns are out of order: found expansion,acronym,section,quote, expected {COLS_ACR}',
], swap_first_columns)

def repeat_quote_column(d):
    import csv, io
    rows = list(csv.reader(io.StringIO(read(d, 'acronyms.csv'))))
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows([[*r, r[3]] for r in rows])
    write(d, 'acronyms.csv', out.getvalue())
case(I, 'duplicate-column', [
  'acronyms.csv:1:quote: column "quote" appears more than once (columns 4 and 5)',
], repeat_quote_column)

# Invisible characters inside free text: a byte order mark (only allowed at the start of a file) and a NUL.
case(I, 'invisible-character', [
  'acronyms.csv:2:expansion: the cell holds the invisible character U+FEFF (byte order mark) at character 11; delete it',
  'acronyms.csv:3:expansion: the cell holds the invisible character U+0000 (NUL) at character 11; delete it',
], both(
  sub('acronyms.csv', ",Children's Safeguarding Partnership,", ",Children's\ufeff Safeguarding Partnership,"),
  sub('acronyms.csv', ',Designated Safeguarding Lead,', ',Designated\u0000 Safeguarding Lead,'),
))

# Provenance (issue 9 item 4): required, long enough to identify its place, printing the row's value.
def drop_source(p):
    del p['scpkit']['source']
case(I, 'missing-provenance', [
  "datapackage.json:-:scpkit.source: is missing: every report dataset names its source text (the report's text) and that text's SHA-256, and every quote is checked against it; put the text in source.txt and run scpkit describe",
], both(descriptor_edit(drop_source), lambda d: os.remove(f'{d}/source.txt')))

case(I, 'quote-too-short', [
  'acronyms.csv:2:quote: "CSP" is too short to identify its place in source.txt: a quote needs at least 5 letters or digits (this one has 3)',
  'figures.csv:4:quote: "e" is too short to identify its place in source.txt: a quote needs at least 5 letters or digits (this one has 1)',
  "figures.csv:4:value: 200 is not printed in the row's quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it",
  'figures.csv:5:quote: " " is too short to identify its place in source.txt: a quote needs at least 5 letters or digits (this one has 0)',
  "figures.csv:5:value: 97 is not printed in the row's quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it",
], both(sub('acronyms.csv', 'CSP,Children\'s Safeguarding Partnership,9.E,CSP\tChildren\'s Safeguarding Partnership', 'CSP,Children\'s Safeguarding Partnership,9.E,CSP'),
        sub('figures.csv', ',attended by over 200 practitioners', ',e'),
        sub('figures.csv', ',97% of schools returned their safeguarding audit', ', ')))

case(I, 'value-not-in-quote', [
  "context-indicators.csv:2:stated_change_percent: 2970 is not printed in the row's quote (the quote prints 1,234, 297); enter the value as the quote prints it, or quote the text that prints it",
  "context-values.csv:2:value: 12340 is not printed in the row's quote (the quote prints 1,234); enter the value as the quote prints it, or quote the text that prints it",
  "figures.csv:4:value: 2000 is not printed in the row's quote (the quote prints 200); enter the value as the quote prints it, or quote the text that prints it",
], both(sub('figures.csv', '2030/31,200,count,over,', '2030/31,2000,count,over,'),
        sub('context-values.csv', 'contacts,2030/31,1234,', 'contacts,2030/31,12340,'),
        sub('context-indicators.csv', 'Contacts,up,297,', 'Contacts,up,2970,')))

def append_source(text):
    """Appends `text` to source.txt and records the new SHA-256 in the descriptor."""
    def edit(d):
        write(d, 'source.txt', read(d, 'source.txt') + text)
        digest = hashlib.sha256(read(d, 'source.txt').encode('utf-8')).hexdigest()
        descriptor_edit(lambda p: p['scpkit']['source'].update(sha256=digest))(d)
    return edit
def add_rows(f, *lines):
    def edit(d):
        write(d, f, read(d, f) + ''.join(l + '\n' for l in lines))
    return edit

# A printed minus sign prints only the negative value; no minus prints either sign (a fall is given in words).
case(I, 'value-sign', [
  "figures.csv:8:value: 12 is not printed in the row's quote (the quote prints -12); enter the value as the quote prints it, or quote the text that prints it",
], both(append_source('\n10 Change\nThe number of visits changed by -12 over the year.\n'),
        add_rows('figures.csv', 'visits-change,visits,change in visits,,2030/31,12,count,,10,The number of visits changed by -12 over the year')))

# 0 printed as "no" / "none", a number printed as a word: valid. 0 printed neither way: invalid.
words_text = '\n10 Visits\nNo schools were found to be unsafe. Five schools were visited, and none of them needed a second visit.\n'
case(V, 'values-in-words', None, both(append_source(words_text), add_rows('figures.csv',
  'unsafe-schools,schools,schools found unsafe,,2030/31,0,count,,10,No schools were found to be unsafe',
  'schools-visited,schools,schools visited,,2030/31,5,count,,10,Five schools were visited',
  'second-visits,schools,schools needing a second visit,,2030/31,0,count,,10,none of them needed a second visit')))
case(I, 'value-zero-not-printed', [
  "figures.csv:8:value: 0 is not printed in the row's quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it",
], both(append_source(words_text), add_rows('figures.csv', 'unsafe-schools,schools,schools found unsafe,,2030/31,0,count,,10,schools were found to be unsafe')))

# A folder in format 1.0: describe keeps the declared version and writes its schemas (no per-10000 unit).
def format_1_0(d):
    sub('datapackage.json', '"format": "1.1"', '"format": "1.0"')(d)
    subprocess.run(['node', cli, 'describe', d], check=True, capture_output=True)
case(V, 'format-1-0', None, format_1_0)
case(I, 'newer-format', [
  'datapackage.json:-:scpkit.format: this scpkit reads report format 1.0, 1.1: a newer minor version needs a newer scpkit (see datasets/FORMAT.md)',
], sub('datapackage.json', '"format": "1.1"', '"format": "1.2"'))

# Chart points: the label is the quote, the value is printed apart from it, and the row says so.
chart_text = '\n5 Reviews\nReasons for review\nNeglect\tOther reasons\t4\t2\n'
def chart_case(kind, name, expected, rows, format=None, text=chart_text):
    def edit(d):
        if format is not None: sub('datapackage.json', '"format": "1.1"', f'"format": "{format}"')(d)
        append_source(text)(d)
        header = 'chart,title,position,label,value,section,quote' if format == '1.0' else 'chart,title,position,label,value,value_printed,section,quote'
        write(d, 'chart-series.csv', header + '\n' + ''.join(r + '\n' for r in rows))
        subprocess.run(['node', cli, 'describe', d], check=True, capture_output=True)
    case(kind, name, expected, edit)
chart_case(V, 'chart-values', None, [
  'review-reasons,Reasons for review,1,Neglect,4,in-chart,5,Neglect',
  'review-reasons,Reasons for review,2,Other reasons,2,in-chart,5,Other reasons',
])
chart_case(I, 'chart-value-unmarked', [
  'chart-series.csv:3:value: 2 is not printed in the row\'s quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it; a chart point whose value the chart prints apart from its label says so with value_printed "in-chart"',
], [
  'review-reasons,Reasons for review,1,Neglect,4,in-chart,5,Neglect',
  'review-reasons,Reasons for review,2,Other reasons,2,,5,Other reasons',
])
chart_case(I, 'chart-value-format-1-0', [
  'chart-series.csv:2:value: 4 is not printed in the row\'s quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it; a chart point whose value the chart prints apart from its label says so with value_printed "in-chart", a column of format 1.1 (datasets/FORMAT.md section 8)',
  'chart-series.csv:3:value: 2 is not printed in the row\'s quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it; a chart point whose value the chart prints apart from its label says so with value_printed "in-chart", a column of format 1.1 (datasets/FORMAT.md section 8)',
], [
  'review-reasons,Reasons for review,1,Neglect,4,5,Neglect',
  'review-reasons,Reasons for review,2,Other reasons,2,5,Other reasons',
], format='1.0')
chart_case(I, 'chart-value-printed-unknown', [
  'chart-series.csv:2:value_printed: "in-table" is not one of "in-chart"',
  'chart-series.csv:2:value: 4 is not printed in the row\'s quote (the quote prints no number); enter the value as the quote prints it, or quote the text that prints it; a chart point whose value the chart prints apart from its label says so with value_printed "in-chart"',
], [
  'review-reasons,Reasons for review,1,Neglect,4,in-table,5,Neglect',
  'review-reasons,Reasons for review,2,Other reasons,2,in-chart,5,Other reasons',
])
# A 1.0 folder without value_printed is valid when its chart quotes print the values; its records read value_printed as empty.
chart_case(V, 'chart-values-format-1-0', None, [
  'review-reasons,Reasons for review,1,Neglect,4,5,Neglect 4',
  'review-reasons,Reasons for review,2,Other reasons,2,5,Other reasons 2',
], format='1.0', text='\n5 Reviews\nReasons for review: Neglect 4, Other reasons 2\n')
