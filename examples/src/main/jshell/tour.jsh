// The tour, in JShell: bash examples/jshell examples/src/main/jshell/tour.jsh
// (startup.jsh has imported the library's packages.) JShell runs a line as soon as it is a complete
// statement, so a chain of calls over several lines ends each line with a dot.

var guide = ThresholdGuide.norfolk2023();

// 1. An unexplained bruise on a baby who is not yet mobile.
var bruise = ThresholdQuestion.builder().
    child(Child.born("baby-0001", LocalDate.of(2026, 7, 20))).
    addSection47Indicator(Section47Indicator.UNEXPLAINED_INJURY_PRE_MOBILE_OR_NON_VERBAL).
    build();
var urgent = guide.assess(bruise);
System.out.println(urgent.level().label() + ": " + urgent.response().label());
urgent.reasons().forEach(r -> System.out.println("  because " + r.text()));

// 2. Emerging needs, and the family refuses early help.
var emerging = ThresholdQuestion.builder().
    child(Child.born("child-0002", LocalDate.of(2019, 3, 2))).
    addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL)).
    addIndicator(NeedIndicator.of(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS, LevelOfNeed.ADDITIONAL)).
    consent(ConsentStatus.REFUSED).
    build();
var advice = guide.assess(emerging);
System.out.println(advice.level().label() + ": " + advice.response().label());
advice.considerations().forEach(c -> System.out.println("  consider: " + c.text()));

// 3. The same guidance as JSON, and back.
var json = SafeguardingJson.standard();
var text = json.write(advice);
System.out.println(text);
System.out.println("reads back equal: " + json.read(text, ThresholdGuidance.class).equals(advice));

/exit
