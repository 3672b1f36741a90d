# An operating-system task scheduler in the style of Martin Richards'
# benchmark: an idle task, a worker, two handlers and two devices pass
# packets to one another through a priority-ordered task list.
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 12
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class DeviceRecord:
    def __init__(self):
        self.pending = None


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_append(self, packet):
        self.work_in = packet.append_to(self.work_in)

    def device_append(self, packet):
        self.device_in = packet.append_to(self.device_in)


class IdleRecord:
    def __init__(self):
        self.control = 1
        self.count = 1500 if SMALL else 10000


class WorkerRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0
        self.trace = []

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise LookupError("no task %d" % ident)
        return task

    def hold_current(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def suspend_current(self):
        self.current.task_waiting = True
        return self.current

    def release(self, ident):
        task = self.find(ident)
        task.task_holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        task = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return task.add_packet(packet, self.current)

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                self.current = task
                self.current_id = task.ident
                task = task.step(self)


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue, record):
        TaskState.__init__(self)
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.record = record
        if queue is None:
            self.running()
        else:
            self.waiting_with_packet()
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def step(self, scheduler):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.running()
            else:
                self.packet_pending = True
                self.task_waiting = False
                self.task_holding = False
        else:
            packet = None
        return self.act(scheduler, packet)


class IdleTask(Task):
    def act(self, scheduler, packet):
        record = self.record
        record.count -= 1
        if record.count == 0:
            return scheduler.hold_current()
        if record.control & 1 == 0:
            record.control //= 2
            return scheduler.release(DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def act(self, scheduler, packet):
        record = self.record
        if packet is None:
            return scheduler.suspend_current()
        record.destination = HANDLER_B if record.destination == HANDLER_A else HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return scheduler.queue_packet(packet)


class HandlerTask(Task):
    def act(self, scheduler, packet):
        record = self.record
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.work_append(packet)
            else:
                record.device_append(packet)
        if record.work_in is not None:
            work = record.work_in
            count = work.datum
            if count < BUFFER_SIZE:
                if record.device_in is not None:
                    device = record.device_in
                    record.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return scheduler.queue_packet(device)
            else:
                record.work_in = work.link
                return scheduler.queue_packet(work)
        return scheduler.suspend_current()


class DeviceTask(Task):
    def act(self, scheduler, packet):
        record = self.record
        if packet is None:
            packet = record.pending
            if packet is None:
                return scheduler.suspend_current()
            record.pending = None
            return scheduler.queue_packet(packet)
        record.pending = packet
        if len(scheduler.trace) < 40:
            scheduler.trace.append(chr(packet.datum))
        return scheduler.hold_current()


def run_once():
    scheduler = Scheduler()
    IdleTask(scheduler, IDLE, 0, None, IdleRecord())
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(scheduler, WORKER, 1000, work, WorkerRecord())
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(scheduler, handler, 2000 + handler, queue, HandlerRecord())
    DeviceTask(scheduler, DEVICE_A, 4000, None, DeviceRecord())
    DeviceTask(scheduler, DEVICE_B, 5000, None, DeviceRecord())
    scheduler.run()
    return scheduler


for _ in range(ITERATIONS):
    result = run_once()
print("queued", result.queue_count, "held", result.hold_count)
print("trace", "".join(result.trace))
