# A small ray tracer: float vectors as instances with operator methods,
# spheres and a checkered plane, diffuse and specular light, reflections.
import math
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
SIZE = 12 if SMALL else 40
EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vector(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2 * self.dot(normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        v = ray.direction.dot(self.normal)
        if v >= 0:
            return None
        return -(ray.origin - self.point).dot(self.normal) / v

    def normal_at(self, point):
        return self.normal


class Surface:
    def __init__(self, colour, specular=0.2, lambert=0.6, ambient=0.2, checked=False):
        self.colour = colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient
        self.checked = checked

    def base_colour(self, point):
        if not self.checked:
            return self.colour
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return Vector(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def first_hit(self, ray):
        best = None
        for shape, surface in self.objects:
            t = shape.intersect(ray)
            if t is not None and t > EPSILON and (best is None or t < best[0]):
                best = (t, shape, surface)
        return best

    def visible(self, point, light):
        to_light = light - point
        hit = self.first_hit(Ray(point, to_light))
        return hit is None or hit[0] > to_light.magnitude()

    def trace(self, ray, depth=0):
        if depth > 3:
            return ZERO
        hit = self.first_hit(ray)
        if hit is None:
            return ZERO
        t, shape, surface = hit
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        colour = surface.base_colour(point)
        result = ZERO
        if surface.specular > 0:
            reflected = Ray(point, ray.direction.reflect_through(normal))
            result = result + self.trace(reflected, depth + 1) * surface.specular
        lambert = 0.0
        for light in self.lights:
            if self.visible(point, light):
                contribution = (light - point).normalized().dot(normal)
                if contribution > 0:
                    lambert += contribution
        lambert = min(1.0, lambert)
        result = result + colour * (lambert * surface.lambert)
        return result + colour * surface.ambient

    def render(self, width, height):
        forward = (self.look_at - self.eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward).normalized()
        pixels = []
        for row in range(height):
            for column in range(width):
                x = (column - width / 2) / width
                y = (height / 2 - row) / height
                direction = forward + right * x + up * y
                colour = self.trace(Ray(self.eye, direction))
                pixels.append(tuple(min(255, int(c * 255)) for c in (colour.x, colour.y, colour.z)))
        return pixels


def build_scene():
    scene = Scene()
    scene.add(Sphere(Vector(0.0, 3.0, 0.0), 2.0), Surface(Vector(1.0, 0.0, 0.0)))
    scene.add(Sphere(Vector(-3.0, 2.0, 2.0), 1.0), Surface(Vector(0.0, 1.0, 0.0), specular=0.5))
    scene.add(Sphere(Vector(3.0, 1.5, 1.0), 1.2), Surface(Vector(0.2, 0.4, 1.0), lambert=0.8))
    scene.add(Halfspace(Vector(0.0, 0.0, 0.0), UP), Surface(Vector(1.0, 1.0, 1.0), checked=True))
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    return scene


for _ in range(ITERATIONS):
    image = build_scene().render(SIZE, SIZE)
checksum = 0
for red, green, blue in image:
    checksum = (checksum * 31 + red * 65536 + green * 256 + blue) % 1000000007
print(len(image), "pixels, checksum", checksum)
print("centre", image[SIZE // 2 * SIZE + SIZE // 2], "corner", image[0])
