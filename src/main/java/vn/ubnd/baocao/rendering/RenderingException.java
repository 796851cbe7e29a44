package vn.ubnd.baocao.rendering;

/**
 * A document could not be rendered: the output could not be written or a bundled resource is missing.
 */
public class RenderingException extends RuntimeException {

	public RenderingException(String message, Throwable cause) {
		super(message, cause);
	}

}
