# configparser's exceptions: their messages, args and reprs for missing
# sections and options, duplicates (strict and not), missing section
# headers, parsing errors, interpolation errors, bad values and types.
import configparser

cp = configparser.ConfigParser()
cp.read_string("[a]\nx = 1\nref = %(nothere)s\nbad = %(x\nloop = %(loop)s\npct = 5%\nflag = maybe\n")


def attempt(f):
    try:
        print('ok', repr(f()))
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, '|', e, '|', e.args)


attempt(lambda: cp.get('b', 'x'))
attempt(lambda: cp.get('a', 'y'))
attempt(lambda: cp['b'])
attempt(lambda: cp['a']['y'])
attempt(lambda: cp.get('a', 'ref'))
attempt(lambda: cp.get('a', 'bad'))
attempt(lambda: cp.get('a', 'loop'))
attempt(lambda: cp.get('a', 'pct'))
attempt(lambda: cp.getboolean('a', 'flag'))
attempt(lambda: cp.getint('a', 'flag'))
attempt(lambda: cp.getint('a', 'nope', fallback=7))
attempt(lambda: cp.getint('zz', 'nope'))
attempt(lambda: cp.add_section('a'))
attempt(lambda: cp.add_section('DEFAULT'))
attempt(lambda: cp.add_section(5))
attempt(lambda: cp.set('a', 'x', 5))
attempt(lambda: cp.set('a', 5, 'x'))
attempt(lambda: cp.set('zz', 'x', 'y'))
attempt(lambda: cp.set('a', 'x', '50%'))
attempt(lambda: cp.remove_option('zz', 'x'))
attempt(lambda: cp.options('zz'))
attempt(lambda: cp.items('zz'))
attempt(lambda: cp.__delitem__('DEFAULT'))
attempt(lambda: cp.__delitem__('zz'))
attempt(lambda: cp.read_string("[s]\n[s]\n"))
attempt(lambda: cp.read_string("[t]\nk = 1\nk = 2\n", source='conf.ini'))
attempt(lambda: cp.read_string("k = 1\n[u]\n"))
attempt(lambda: cp.read_string("[v]\nok = 1\nnot an option\n= novalue\n  \n[w]\nalso bad\n"))
attempt(lambda: cp.read_dict({'x': {'k': '1', 'K': '2'}}))
attempt(lambda: configparser.ConfigParser(interpolation=5))

loose = configparser.ConfigParser(strict=False)
loose.read_string("[s]\nk = 1\n[s]\nk = 2\n")
print(loose.items('s'))

e = configparser.ParsingError('src')
e.append(3, "'line'")
print(repr(e), e.errors, e.source)
print(repr(configparser.NoSectionError('x')), configparser.NoSectionError('x').section)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationSyntaxError, configparser.InterpolationError),
      issubclass(configparser.NoOptionError, configparser.Error),
      configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = ${missing}\ny = ${b:c}\nz = $oops\nw = ${a:b:c}\n")
for option in 'xyzw':
    attempt(lambda: ext.get('a', option))
