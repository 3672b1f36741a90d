# configparser: reading an .ini text (sections, DEFAULT inheritance,
# comments, multi-line values, ':' and '=' delimiters, no-value options),
# the mapping interface, typed getters, fallbacks, interpolation (basic
# and extended), writing back out, and read_dict.
import configparser
import io

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
; another comment
path: /usr/local
description = a value
   spread over
   three lines

[paths]
home = /home/me
data = %(home)s/data
cache = %(data)s/cache
percent = 100%%
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults())
print(cp.options('forge.example'))
print(cp['forge.example']['user'], cp['forge.example']['Compression'])
top = cp['topsecret.server.example']
print(top['port'], top.getint('port'), top.getboolean('forwardx11'), repr(top['description']))
print(top.get('missing'), top.get('missing', 'fb'), cp.get('paths', 'nothere', fallback=None))
print(cp.getint('DEFAULT', 'compressionlevel'), cp.getfloat('topsecret.server.example', 'port'))
print(cp.getboolean('forge.example', 'compression'), 'forge.example' in cp, 'nope' in cp)
print(cp.get('paths', 'cache'), cp.get('paths', 'cache', raw=True), cp['paths']['percent'])
print(cp.get('paths', 'data', vars={'home': '/elsewhere'}))
print(list(cp), len(cp), [k for k in cp['paths']], len(cp['paths']))
print(cp.items('paths'), cp.items('paths', raw=True)[:2])
print([(name, repr(proxy)) for name, proxy in cp.items()])
print(cp.has_option('paths', 'home'), cp.has_option('paths', 'compression'), cp.has_section('paths'))
print(top.name, top.parser is cp, dict(cp['forge.example']))

cp.set('paths', 'extra', 'x%%y')
cp['new'] = {'a': '1', 'B': 'two'}
cp['new']['c'] = 'three'
del cp['new']['a']
cp.remove_option('paths', 'percent')
print(cp.remove_section('forge.example'), cp.remove_section('forge.example'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

raw = configparser.RawConfigParser(allow_no_value=True)
raw.read_string("""
[mysqld]
user = mysql
skip-bdb
value = 50%% %(user)s
""")
print(raw.items('mysqld'), raw.get('mysqld', 'skip-bdb'))
raw.set('mysqld', 'number', 5)
print(raw.get('mysqld', 'number'))
out = io.StringIO()
raw.write(out)
print(out.getvalue())

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
[Frameworks]
Python: 3.2
path: ${Common:library_dir}/Frameworks/
[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$80
""")
print(dict(ext['Arthur']))

custom = configparser.ConfigParser(
    delimiters=('->',), comment_prefixes=('//',), inline_comment_prefixes=('#',),
    converters={'list': lambda v: [x.strip() for x in v.split(',')]},
    default_section='common', empty_lines_in_values=False)
custom.read_string("""
// comment
[common]
shared -> yes
[s]
items -> a, b ,c   # trailing comment
word -> hash#inside
""")
print(custom.getlist('s', 'items'), custom['s'].getlist('items'), custom['s']['word'])
print(custom.sections(), custom.defaults(), list(custom['s']))

cp2 = configparser.ConfigParser(defaults={'k': 'v', 'n': 1})
cp2.read_dict({'one': {'x': 1, 'y': 'why'}, 2: {'z': 3.5}})
print(cp2.sections(), cp2.items('one'), cp2['2']['z'], cp2.defaults())
cp2.optionxform = str
cp2.read_string("[Case]\nMixedKey = 1\n")
print(cp2.options('Case'))
