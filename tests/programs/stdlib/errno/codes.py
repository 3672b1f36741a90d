# errno: the error numbers and errorcode.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EINVAL)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95])
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode) > 100, all(isinstance(k, int) for k in errno.errorcode))
e = OSError(errno.ENOENT, "No such file or directory", "f")
print(type(e).__name__, e)
print(type(OSError(errno.EEXIST, "x")).__name__, type(OSError(errno.EACCES, "x")).__name__)
