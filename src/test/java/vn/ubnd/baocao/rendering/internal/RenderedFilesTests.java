package vn.ubnd.baocao.rendering.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RenderedFilesTests {

	private final AtomicInteger renders = new AtomicInteger();

	private byte[] render(String document) {
		this.renders.incrementAndGet();
		return document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anEqualDocumentIsNotRenderedAgain() {
		RenderedFiles<String> files = new RenderedFiles<>(1024);
		byte[] first = files.get("báo cáo", this::render);
		byte[] second = files.get(new String("báo cáo"), this::render);
		assertThat(second).isEqualTo(first);
		assertThat(this.renders).hasValue(1);
		assertThat(files.hits()).isEqualTo(1);
		assertThat(files.misses()).isEqualTo(1);
		files.get("báo cáo sửa", this::render);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void everyCallerGetsItsOwnCopy() {
		RenderedFiles<String> files = new RenderedFiles<>(1024);
		byte[] first = files.get("abc", this::render);
		first[0] = 'x';
		byte[] second = files.get("abc", this::render);
		assertThat(second).isEqualTo("abc".getBytes());
		second[1] = 'y';
		assertThat(files.get("abc", this::render)).isEqualTo("abc".getBytes());
	}

	@Test
	void theLeastRecentlyUsedGoFirstWhenTheTotalWouldPassTheCapacity() {
		RenderedFiles<String> files = new RenderedFiles<>(10);
		files.get("aaaa", this::render);
		files.get("bbbb", this::render);
		files.get("aaaa", this::render); // "bbbb" is now the least recently used
		files.get("cccc", this::render);
		assertThat(files.size()).isEqualTo(8);
		assertThat(files.count()).isEqualTo(2);
		int before = this.renders.get();
		files.get("aaaa", this::render);
		files.get("cccc", this::render);
		assertThat(this.renders).hasValue(before);
		files.get("bbbb", this::render);
		assertThat(this.renders).hasValue(before + 1);
		assertThat(files.size()).isLessThanOrEqualTo(10);
	}

	@Test
	void aFileLargerThanTheCapacityIsReturnedButNotKept() {
		RenderedFiles<String> files = new RenderedFiles<>(3);
		assertThat(files.get("abcd", this::render)).isEqualTo("abcd".getBytes());
		assertThat(files.count()).isZero();
		assertThat(files.size()).isZero();
		RenderedFiles<String> none = new RenderedFiles<>(0);
		none.get("a", this::render);
		none.get("a", this::render);
		assertThat(none.hits()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new RenderedFiles<String>(-1));
	}

}
