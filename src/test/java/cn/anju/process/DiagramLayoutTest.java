package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The models are drawn for people (ARCHITECTURE.md): no flow through a shape that is neither its
 * source nor its target, no two flows drawn on top of each other, every element drawn, and every
 * flow starting and ending at its shapes. Reads the BPMNDI of every processes/*.bpmn.
 */
class DiagramLayoutTest {

    /** Shapes are shrunk by this much before a flow counts as crossing them: touching is not crossing. */
    private static final double SHRINK = 2;
    /** How far off its shape's outline a flow's first or last waypoint may be. */
    private static final double DOCKING = 3;
    /** Collinear segments of two flows that share more than this are drawn on top of each other. */
    private static final double OVERLAP = 20;

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void isDrawnForPeople(Path file) throws IOException {
        assertThat(problems(file)).as("layout problems in %s", file).isEmpty();
    }

    @Test
    void theResidencyModelHasOneTimerForTheLegalDeadlineOnReviewAndDecision() throws IOException {
        BpmnModelInstance model = read(Path.of("processes", "residency-application.bpmn"));
        Map<String, SubProcess> subProcesses = new HashMap<>();
        model.getModelElementsByType(SubProcess.class).forEach(s -> subProcesses.put(s.getName(), s));
        assertThat(subProcesses).containsOnlyKeys("Eligibility", "One-time notice", "Review and decision");
        subProcesses.values().forEach(s -> assertThat(shape(model, s).isExpanded())
                .as("%s drawn expanded", s.getId()).isTrue());

        var deadlineTimers = model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition t
                        && t.getTimeDate() != null && t.getTimeDate().getTextContent().contains("escalateAt")))
                .toList();
        assertThat(deadlineTimers).hasSize(1);
        BoundaryEvent deadline = deadlineTimers.get(0);
        assertThat(deadline.getAttachedTo()).isSameAs(subProcesses.get("Review and decision"));
        assertThat(deadline.cancelActivity()).as("the alert lets work go on").isFalse();
        assertThat(model.getModelElementsByType(Activity.class).stream().filter(a -> a.getName() != null
                && a.getName().contains("ertificate")).toList()).allSatisfy(certificates ->
                assertThat(bounds(model, certificates).getMinX())
                        .as("certificates drawn after the decision")
                        .isGreaterThan(bounds(model, subProcesses.get("Review and decision")).getMaxX()));
    }

    @Test
    void theResidencyModelsHappyPathRunsLeftToRightOnOneRow() throws IOException {
        BpmnModelInstance model = read(Path.of("processes", "residency-application.bpmn"));
        List<String> happyPath = List.of("Event_ApplicationSubmitted", "Task_RecordAcceptance",
                "SubProcess_Eligibility", "Gateway_Eligible", "Task_DrawQualitySample", "Gateway_ToReview",
                "SubProcess_ReviewAndDecision", "Task_IssueCertificates", "Event_ApplicationApproved");
        Double row = null;
        for (int i = 0; i + 1 < happyPath.size(); i++) {
            String from = happyPath.get(i);
            String to = happyPath.get(i + 1);
            SequenceFlow flow = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(f -> f.getSource().getId().equals(from) && f.getTarget().getId().equals(to))
                    .findFirst().orElseThrow(() -> new AssertionError("no flow from " + from + " to " + to));
            List<Waypoint> points = List.copyOf(edge(model, flow).getWaypoints());
            assertThat(points).as("%s is one straight segment", flow.getId()).hasSize(2);
            assertThat(points.get(0).getY()).as("%s is horizontal", flow.getId()).isEqualTo(points.get(1).getY());
            assertThat(points.get(1).getX()).as("%s runs left to right", flow.getId())
                    .isGreaterThan(points.get(0).getX());
            if (row == null) {
                row = points.get(0).getY();
            }
            assertThat(points.get(0).getY()).as("%s on the happy path's row", flow.getId()).isEqualTo(row);
        }
    }

    /** Everything wrong with a model's diagram, one line per problem naming the flow and the shape. */
    static List<String> problems(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        List<String> problems = new ArrayList<>();
        Map<String, BpmnShape> shapes = new HashMap<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.put(s.getBpmnElement().getId(), s));
        Map<String, BpmnEdge> edges = new HashMap<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.put(e.getBpmnElement().getId(), e));

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.containsKey(node.getId())) {
                problems.add(node.getId() + " has no shape");
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            connections.add(new Connection(flow, flow.getSource(), flow.getTarget()));
        }
        for (MessageFlow flow : model.getModelElementsByType(MessageFlow.class)) {
            connections.add(new Connection(flow, (BaseElement) flow.getSource(), (BaseElement) flow.getTarget()));
        }
        List<Drawn> drawn = new ArrayList<>();
        for (Connection c : connections) {
            BpmnEdge edge = edges.get(c.flow.getId());
            if (edge == null) {
                problems.add(c.flow.getId() + " has no edge");
                continue;
            }
            List<double[]> points = edge.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toList();
            if (points.size() < 2) {
                problems.add(c.flow.getId() + " has fewer than two waypoints");
                continue;
            }
            dockedAt(c.flow.getId(), "starts", points.get(0), c.source, shapes, problems);
            dockedAt(c.flow.getId(), "ends", points.get(points.size() - 1), c.target, shapes, problems);
            drawn.add(new Drawn(c, points));
        }
        for (Drawn d : drawn) {
            crossings(d, shapes.values(), problems);
        }
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                double shared = sharedLength(drawn.get(i).points, drawn.get(j).points);
                if (shared > OVERLAP) {
                    problems.add(drawn.get(i).connection.flow.getId() + " and " + drawn.get(j).connection.flow.getId()
                            + " are drawn on top of each other for " + Math.round(shared) + " px");
                }
            }
        }
        return problems;
    }

    private record Connection(BaseElement flow, BaseElement source, BaseElement target) {
    }

    private record Drawn(Connection connection, List<double[]> points) {
    }

    private static void dockedAt(String flow, String verb, double[] p, BaseElement node, Map<String, BpmnShape> shapes,
                                 List<String> problems) {
        BpmnShape shape = node == null ? null : shapes.get(node.getId());
        if (shape == null) {
            return; // reported as a missing shape
        }
        Rectangle2D r = rectangle(shape);
        double border = distanceToBorder(p, r);
        double outline = border;
        if (node instanceof Event) {
            outline = Math.abs(Math.hypot(p[0] - r.getCenterX(), p[1] - r.getCenterY()) - r.getWidth() / 2);
        } else if (node instanceof Gateway) {
            double dx = Math.abs(p[0] - r.getCenterX()) / (r.getWidth() / 2);
            double dy = Math.abs(p[1] - r.getCenterY()) / (r.getHeight() / 2);
            outline = Math.abs(dx + dy - 1) * r.getWidth() / 2 / Math.sqrt(2);
        }
        if (Math.min(border, outline) > DOCKING) {
            problems.add(flow + " " + verb + " at (" + Math.round(p[0]) + "," + Math.round(p[1]) + "), not at "
                    + node.getId());
        }
    }

    private static void crossings(Drawn d, Collection<BpmnShape> shapes, List<String> problems) {
        Set<String> crossed = new LinkedHashSet<>();
        Set<String> left = new LinkedHashSet<>();
        BaseElement flow = d.connection.flow;
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof FlowNode) || mayTouch(d.connection, element)) {
                continue;
            }
            Rectangle2D r = rectangle(shape);
            boolean container = element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded());
            for (int i = 0; i + 1 < d.points.size(); i++) {
                double[] a = d.points.get(i);
                double[] b = d.points.get(i + 1);
                if (container && isInside(flow, element)) {
                    Rectangle2D outer = grow(r, SHRINK);
                    if (!outer.contains(a[0], a[1]) || !outer.contains(b[0], b[1])) {
                        left.add(element.getId());
                    }
                } else if (shrink(r, SHRINK).intersectsLine(a[0], a[1], b[0], b[1])) {
                    crossed.add(element.getId());
                }
            }
        }
        crossed.forEach(s -> problems.add(flow.getId() + " crosses " + s));
        left.forEach(s -> problems.add(flow.getId() + " leaves its sub-process " + s));
    }

    /** A flow touches its own ends, the activity its boundary event sits on, and the sub-process it enters or leaves. */
    private static boolean mayTouch(Connection c, BaseElement element) {
        for (BaseElement end : List.of(c.source, c.target)) {
            if (end == element || end instanceof BoundaryEvent b && b.getAttachedTo() == element) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(ModelElementInstance flow, BaseElement container) {
        for (ModelElementInstance p = flow.getParentElement(); p != null; p = p.getParentElement()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** The length two polylines share on collinear segments. */
    static double sharedLength(List<double[]> first, List<double[]> second) {
        double shared = 0;
        for (int i = 0; i + 1 < first.size(); i++) {
            for (int j = 0; j + 1 < second.size(); j++) {
                shared += collinearOverlap(first.get(i), first.get(i + 1), second.get(j), second.get(j + 1));
            }
        }
        return shared;
    }

    private static double collinearOverlap(double[] a, double[] b, double[] c, double[] d) {
        double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (length == 0 || Math.hypot(d[0] - c[0], d[1] - c[1]) == 0) {
            return 0;
        }
        double ux = (b[0] - a[0]) / length;
        double uy = (b[1] - a[1]) / length;
        // Both ends of the other segment within a pixel of this segment's line.
        if (Math.abs((c[0] - a[0]) * uy - (c[1] - a[1]) * ux) > 1 || Math.abs((d[0] - a[0]) * uy - (d[1] - a[1]) * ux) > 1) {
            return 0;
        }
        double t1 = (c[0] - a[0]) * ux + (c[1] - a[1]) * uy;
        double t2 = (d[0] - a[0]) * ux + (d[1] - a[1]) * uy;
        return Math.max(0, Math.min(length, Math.max(t1, t2)) - Math.max(0, Math.min(t1, t2)));
    }

    private static double distanceToBorder(double[] p, Rectangle2D r) {
        double dx = Math.max(Math.max(r.getMinX() - p[0], 0), p[0] - r.getMaxX());
        double dy = Math.max(Math.max(r.getMinY() - p[1], 0), p[1] - r.getMaxY());
        if (dx > 0 || dy > 0) {
            return Math.hypot(dx, dy);
        }
        return Math.min(Math.min(p[0] - r.getMinX(), r.getMaxX() - p[0]), Math.min(p[1] - r.getMinY(), r.getMaxY() - p[1]));
    }

    private static Rectangle2D rectangle(BpmnShape shape) {
        var b = shape.getBounds();
        return new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static Rectangle2D shrink(Rectangle2D r, double by) {
        return grow(r, -by);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static BpmnModelInstance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static BpmnShape shape(BpmnModelInstance model, BaseElement element) {
        return model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() == element)
                .findFirst().orElseThrow(() -> new AssertionError(element.getId() + " has no shape"));
    }

    private static Rectangle2D bounds(BpmnModelInstance model, BaseElement element) {
        return rectangle(shape(model, element));
    }

    private static BpmnEdge edge(BpmnModelInstance model, BaseElement flow) {
        return model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == flow)
                .findFirst().orElseThrow(() -> new AssertionError(flow.getId() + " has no edge"));
    }
}
