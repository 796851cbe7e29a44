package vn.ubnd.baocao.system.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code spring.datasource.url} is not set.
 */
class NoDatabaseConfiguredCondition extends SpringBootCondition {

	static final String URL_PROPERTY = "spring.datasource.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty(URL_PROPERTY);
		return (url == null || url.isBlank()) ? ConditionOutcome.match("no " + URL_PROPERTY)
				: ConditionOutcome.noMatch(URL_PROPERTY + " is set");
	}

}
