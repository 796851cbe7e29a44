package vn.ubnd.baocao.proof;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's routes as the handler mapping knows them, with the form fields and uploads each handler reads (its
 * request parameters and the properties of its form objects): a route or a field added later is covered without a
 * change here.
 */
record Endpoints(List<Endpoint> all) {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	/** A route: method, pattern, the path variables, the text fields and the upload fields it reads. */
	record Endpoint(HttpMethod method, String pattern, List<String> variables, List<String> fields,
			List<String> files) {

		boolean changesState() {
			return this.method != HttpMethod.GET && this.method != HttpMethod.HEAD;
		}

		/** The path with each variable taken from {@code values} (by name), or "1" when it has none. */
		String path(Map<String, String> values) {
			Matcher matcher = VARIABLE.matcher(this.pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "1")));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	static Endpoints of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
				.getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				List<String> variables = new ArrayList<>();
				Matcher matcher = VARIABLE.matcher(pattern);
				while (matcher.find()) {
					variables.add(matcher.group(1));
				}
				Set<String> fields = new LinkedHashSet<>();
				Set<String> files = new LinkedHashSet<>();
				inputs(entry.getValue(), fields, files);
				if (methods.isEmpty()) {
					// a mapping without a method answers every method: the state-changing ones are what matter
					endpoints.add(new Endpoint(HttpMethod.POST, pattern, variables, List.copyOf(fields),
							List.copyOf(files)));
				}
				for (org.springframework.web.bind.annotation.RequestMethod method : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, variables,
							List.copyOf(fields), List.copyOf(files)));
				}
			}
		}
		endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
		return new Endpoints(endpoints);
	}

	List<Endpoint> changingState() {
		return this.all.stream().filter(Endpoint::changesState).toList();
	}

	List<Endpoint> reading() {
		return this.all.stream().filter((e) -> !e.changesState()).toList();
	}

	private static void inputs(HandlerMethod handler, Set<String> fields, Set<String> files) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestHeader.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class) || Model.class.isAssignableFrom(type)
					|| BindingResult.class.isAssignableFrom(type) || RedirectAttributes.class.isAssignableFrom(type)
					|| type.getName().startsWith("jakarta.servlet") || type == java.security.Principal.class
					|| type == java.util.Locale.class) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			String name = (param != null && !param.name().isEmpty()) ? param.name() : parameter.getParameterName();
			if (MultipartFile.class.isAssignableFrom(type)) {
				files.add(name);
			}
			else if (param != null || BeanUtils.isSimpleProperty(type)) {
				fields.add(name);
			}
			else {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						fields.add(property.getName());
					}
				}
			}
		}
	}

}
